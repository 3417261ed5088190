output "dns_name" {
  description = "The load balancer's DNS name (point the API's and web app's names at it)."
  value       = aws_lb.this.dns_name
}

output "arn_suffix" {
  description = "ARN suffix of the load balancer (CloudWatch dimensions)."
  value       = aws_lb.this.arn_suffix
}

output "security_group_id" {
  description = "The load balancer's security group (the tasks admit it)."
  value       = aws_security_group.this.id
}

output "grpc_target_group_arn" {
  description = "Target group of the server tasks (gRPC over HTTP/2)."
  value       = aws_lb_target_group.grpc.arn
}

output "grpc_target_group_arn_suffix" {
  description = "ARN suffix of the gRPC target group (CloudWatch dimensions)."
  value       = aws_lb_target_group.grpc.arn_suffix
}

output "http_target_group_arn" {
  description = "Target group of the gateway tasks (HTTP/1.1)."
  value       = aws_lb_target_group.http.arn
}
