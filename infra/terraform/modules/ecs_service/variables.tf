variable "cluster_name" {
  description = "Cluster (environment) name: security-group and scaling-policy names, the autoscaling resource id."
  type        = string
}

variable "cluster_arn" {
  description = "Cluster the service runs in."
  type        = string
}

variable "role" {
  description = "server or gateway: the service's and container's name."
  type        = string
}

variable "task_definition_arn" {
  description = "Task definition of the first deployment (releases register their own revisions)."
  type        = string
}

variable "container_port" {
  description = "The port the load balancer and peers reach (server 50051, gateway 8080)."
  type        = number
}

variable "target_group_arn" {
  description = "Load balancer target group the tasks register in."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the service's security group."
  type        = string
}

variable "vpc_cidr_block" {
  description = "The VPC's range (egress to peers stays inside it)."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets the tasks run in."
  type        = list(string)
}

variable "ingress_security_group_ids" {
  description = "Security groups that may reach container_port (the load balancer; the gateway for the server)."
  type        = list(string)
}

variable "egress_ports_in_vpc" {
  description = "TCP ports the tasks may open inside the VPC (5432 RDS Proxy, 6379 Redis, 50051 the server)."
  type        = list(number)
}

variable "egress_ports_anywhere" {
  description = "TCP ports the tasks may open to anywhere through NAT (443 AWS APIs, 587 SMTP)."
  type        = list(number)
}

variable "service_connect_namespace_arn" {
  description = "Cloud Map namespace of Service Connect."
  type        = string
}

variable "publish_as" {
  description = "Name other tasks reach this service by through Service Connect (the server: \"server\"), or null to be a client only."
  type        = string
}

variable "min_tasks" {
  description = "Fewest tasks (also the first desired count): two or more spread over zones."
  type        = number
}

variable "max_tasks" {
  description = "Most tasks autoscaling may run (docs/deploy.md: max tasks x 20 pooled connections against RDS Proxy)."
  type        = number
}
