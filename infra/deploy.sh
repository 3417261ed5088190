#!/usr/bin/env bash
# Rolls one ECS environment (infra/terraform) to an image: the migrations first, as a one-off
# task of the new image that must exit 0, then the server and the gateway, waiting until both
# services are stable (ECS replaces tasks only as new ones pass their health checks).
#   infra/deploy.sh CLUSTER IMAGE@sha256:...      (the delivery pipeline runs this)
set -euo pipefail
cluster=$1 image=$2

# A new revision of FAMILY with every container on $image; prints its ARN.
new_revision() {
  aws ecs describe-task-definition --task-definition "$1" --query taskDefinition --output json |
    jq --arg image "$image" '.containerDefinitions |= map(.image = $image)
      | {family, taskRoleArn, executionRoleArn, networkMode, containerDefinitions, volumes,
         requiresCompatibilities, cpu, memory, runtimePlatform}
      | with_entries(select(.value != null))' > "/tmp/$1.json"
  aws ecs register-task-definition --cli-input-json "file:///tmp/$1.json" \
    --query taskDefinition.taskDefinitionArn --output text
}

migrate=$(new_revision "$cluster-migrate")
network=$(aws ecs describe-services --cluster "$cluster" --services server \
  --query 'services[0].networkConfiguration' --output json)
task=$(aws ecs run-task --cluster "$cluster" --launch-type FARGATE --task-definition "$migrate" \
  --network-configuration "$network" --query 'tasks[0].taskArn' --output text)
aws ecs wait tasks-stopped --cluster "$cluster" --tasks "$task"
code=$(aws ecs describe-tasks --cluster "$cluster" --tasks "$task" \
  --query 'tasks[0].containers[0].exitCode' --output text)
if [ "$code" != "0" ]; then
  echo "migrations failed (exit $code): nothing was deployed" >&2
  exit 1
fi

for service in server gateway; do
  aws ecs update-service --cluster "$cluster" --service "$service" \
    --task-definition "$(new_revision "$cluster-$service")" > /dev/null
done
aws ecs wait services-stable --cluster "$cluster" --services server gateway
echo "deployed $image to $cluster"
